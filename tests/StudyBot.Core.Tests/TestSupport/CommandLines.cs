namespace StudyBot.Core.Tests.TestSupport;

/// <summary>The commands that tests type, by what they do: a renamed command is a change of one line here.</summary>
public static class CommandLines
{
    public const string CircleShow = "/circle show";
    public const string CircleSetup = "/circle-admin setup";
    public const string CircleDone = "/circle done";
    public const string CircleRsvp = "/circle rsvp";
    public const string CirclePause = "/circle-admin pause";
    public const string CircleResume = "/circle-admin resume";
    public const string CircleSkip = "/circle-admin skip";
    public const string CircleStatus = "/circle-admin status";

    public const string ReadingListCreate = "/readinglist-admin create";
    public const string ReadingListAdd = "/readinglist-admin add";
    public const string ReadingListShow = "/readinglist show";
    public const string ReadingListList = "/readinglist list";
    public const string ReadingListMove = "/readinglist-admin move";
    public const string ReadingListRemove = "/readinglist-admin remove";

    public const string ExcerptDaily = "/excerpt daily";
    public const string ExcerptNow = "/excerpt now";
    public const string ExcerptStop = "/excerpt stop";
    public const string ExcerptStatus = "/excerpt status";
}
