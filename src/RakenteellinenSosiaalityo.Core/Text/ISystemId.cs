namespace RakenteellinenSosiaalityo.Core.Text;

/// <summary>An id a region's system gives, read and written as a JSON string by <see cref="Serialization.SystemIdJsonConverter{T}"/>.</summary>
/// <typeparam name="TSelf">The id type.</typeparam>
internal interface ISystemId<TSelf>
    where TSelf : struct, ISystemId<TSelf>
{
    /// <summary>What the id identifies, for messages, e.g. <c>report</c>.</summary>
    static abstract string What { get; }

    /// <summary>The longest id accepted.</summary>
    static abstract int Longest { get; }

    /// <summary>The id text; null for the default value.</summary>
    string Value { get; }

    /// <summary>Makes an id of valid text.</summary>
    static abstract TSelf Of(string value);
}
