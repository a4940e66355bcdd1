// The stores by the names the endpoints use: each is the one generic store over the aggregate's JSON document.
global using CompilationStore = RegionSystem.Storage.IAggregateStore<
    RakenteellinenSosiaalityo.Core.Compilations.CompilationId, RakenteellinenSosiaalityo.Core.Compilations.Compilation>;
global using PhenomenonReportStore = RegionSystem.Storage.IAggregateStore<
    RakenteellinenSosiaalityo.Core.Phenomena.PhenomenonReportId, RakenteellinenSosiaalityo.Core.Phenomena.PhenomenonReport>;
global using ReportStore = RegionSystem.Storage.IAggregateStore<
    RakenteellinenSosiaalityo.Core.Reports.ReportId, RakenteellinenSosiaalityo.Core.Reports.SocialReport>;
