using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RegionSystem.Storage;

/// <summary>Activity records (what really happened), each stored as an <see cref="ActivityRecordJson"/> document of one record.</summary>
internal sealed class ActivityRecordStore(Database database, RegionProfile profile)
{
    /// <summary>Adds the records in one transaction: all or none.</summary>
    public void Add(IReadOnlyList<ActivityRecord> records) =>
        database.Write((connection, transaction) =>
        {
            foreach (var record in records)
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = "INSERT INTO activity_records (region, year, document) VALUES ($region, $year, $document);";
                command.Parameters.AddWithValue("$region", profile.Id.Value);
                command.Parameters.AddWithValue("$year", record.On.Year);
                command.Parameters.AddWithValue("$document", ActivityRecordJson.Serialize([record]));
                command.ExecuteNonQuery();
            }

            return records.Count;
        });

    /// <summary>The records dated in <paramref name="year"/>, in the order they were added.</summary>
    public IReadOnlyList<ActivityRecord> ForYear(int year)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT document FROM activity_records WHERE region = $region AND year = $year ORDER BY seq;";
        command.Parameters.AddWithValue("$region", profile.Id.Value);
        command.Parameters.AddWithValue("$year", year);
        using var reader = command.ExecuteReader();
        var records = new List<ActivityRecord>();
        while (reader.Read())
        {
            records.AddRange(ActivityRecordJson.Deserialize(reader.GetString(0)));
        }

        return records;
    }
}
