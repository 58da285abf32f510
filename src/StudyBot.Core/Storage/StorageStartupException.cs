namespace StudyBot.Core.Storage;

/// <summary>
/// The database cannot be opened or upgraded. The message names the file or server and what to do; the
/// database is left as it was, so nothing is lost by stopping here.
/// </summary>
public sealed class StorageStartupException : Exception
{
    public StorageStartupException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public StorageStartupException()
    {
    }

    public StorageStartupException(string message)
        : base(message)
    {
    }
}
