namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>
/// The stable codes of the lifecycle rules of reports and compilations, carried by <see cref="DomainException.Code"/> of <see cref="LifecycleException"/>
/// and <see cref="LifecycleCheck.Code"/>. Programs match on these; the messages are for people.
/// </summary>
public static class LifecycleRules
{
    /// <summary>The step is performed by another actor than the one the profile names for it.</summary>
    public const string WrongActor = RuleCodes.WrongActor;

    /// <summary>The step it follows has not been performed (in the current round, after a return for completion).</summary>
    public const string StepOutOfOrder = RuleCodes.StepOutOfOrder;

    /// <summary>The step has already been performed; performing a step twice is refused, never silently ignored.</summary>
    public const string StepAlreadyPerformed = RuleCodes.StepAlreadyPerformed;

    /// <summary>The process of the region has no step with that id.</summary>
    public const string UnknownStep = RuleCodes.UnknownStep;

    /// <summary>The subject has been withdrawn; nothing more can be done to it.</summary>
    public const string Withdrawn = RuleCodes.Withdrawn;

    /// <summary>The operation needs the process to have started (a report submitted) and not returned to its makers.</summary>
    public const string NotInProcess = RuleCodes.NotInProcess;

    /// <summary>The content can only be changed before it is submitted, or after it is returned for completion.</summary>
    public const string NotEditable = RuleCodes.NotEditable;

    /// <summary>The step must record something that was not given.</summary>
    public const string RecordMissing = RuleCodes.RecordMissing;

    /// <summary>The step does not record that kind of entry.</summary>
    public const string RecordNotAccepted = RuleCodes.RecordNotAccepted;

    /// <summary>The operation is dated before the last entry of the history.</summary>
    public const string TimeOutOfOrder = RuleCodes.TimeOutOfOrder;

    /// <summary>The subject belongs to another region than the profile given.</summary>
    public const string RegionMismatch = RuleCodes.RegionMismatch;

    /// <summary>The content names a service the region profile does not have.</summary>
    public const string UnknownService = RuleCodes.UnknownService;

    /// <summary>The content names a municipality or area the region profile does not have.</summary>
    public const string UnknownArea = RuleCodes.UnknownArea;

    /// <summary>The content names a phenomenon theme the region profile does not have.</summary>
    public const string UnknownTheme = RuleCodes.UnknownTheme;

    /// <summary>Free text holds a personal identity code, a phone number or an e-mail address (see <see cref="Privacy.PersonalDataException"/>).</summary>
    public const string PersonalData = RuleCodes.PersonalData;

    /// <summary>A history does not describe a possible lifecycle (it was not produced by the library's operations).</summary>
    public const string InvalidHistory = RuleCodes.InvalidHistory;

    /// <summary>A compilation has no decided action with that number.</summary>
    public const string UnknownAction = RuleCodes.UnknownAction;

    /// <summary>The decided action is already done or cancelled; its status is final.</summary>
    public const string ActionClosed = RuleCodes.ActionClosed;

    /// <summary>A decided action names a responsible actor the region profile does not have.</summary>
    public const string UnknownActor = RuleCodes.UnknownActor;

    /// <summary>The region profile has no phenomenon process (<c>phenomenonProcess</c> and <c>phenomenonReports</c>), so a phenomenon report cannot follow one.</summary>
    public const string NoPhenomenonProcess = RuleCodes.NoPhenomenonProcess;

    /// <summary>A phenomenon report's selection names a source the region does not use for choosing phenomena.</summary>
    public const string UnknownSource = RuleCodes.UnknownSource;

    /// <summary>A workshop session names a workshop the region's profile does not have.</summary>
    public const string UnknownWorkshop = RuleCodes.UnknownWorkshop;

    /// <summary>A workshop step is performed before any session of its workshop is recorded.</summary>
    public const string WorkshopMissing = RuleCodes.WorkshopMissing;

    /// <summary>A client case description is recorded without being marked anonymized by the person recording it.</summary>
    public const string NotAnonymized = RuleCodes.NotAnonymized;

    /// <summary>The write step of a phenomenon report is performed before the report is written.</summary>
    public const string ReportNotWritten = RuleCodes.ReportNotWritten;
}
