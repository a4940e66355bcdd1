// The main job: a region's year of structural social work on built-in data (or on a region file of your own).
//   dotnet run --project samples/AnnualCycle -- --region kymenlaakso --year 2025
//   dotnet run --project samples/AnnualCycle -- --region etela-karjala --year 2025 --language en
//   dotnet run --project samples/AnnualCycle -- --region path/to/profile.json
using AnnualCycle;

return CommandLine.Run(args, Console.Out, Console.Error);
