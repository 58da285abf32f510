using System.Security.Cryptography;

namespace StudyBot.Core.Quizzes;

/// <summary>What became of an answer.</summary>
public enum AnswerResult
{
    Right,
    Wrong,

    /// <summary>This member already answered the current question; nothing changed.</summary>
    AlreadyAnswered,

    /// <summary>The answer was meant for a question that is no longer open (an old button); nothing changed.</summary>
    Closed,
}

/// <summary>The outcome of an answer, and whether the quiz moved on because of it.</summary>
/// <param name="Result">Right, wrong or refused.</param>
/// <param name="Question">The question that was answered (1-based).</param>
/// <param name="Advanced">Whether the session moved to the next question (or ended).</param>
public sealed record AnswerOutcome(AnswerResult Result, int Question, bool Advanced);

/// <summary>A member's line on the results board.</summary>
public sealed record QuizStanding(int Rank, string UserName, int Right, int Answered);

/// <summary>
/// A quiz running in one channel: its questions, the current one, and who answered what.
/// </summary>
/// <remarks>
/// Every member may answer each question once. How the quiz moves on depends on who can be waiting:
/// a solo session (the terminal, where one person plays) moves to the next question after every answer;
/// a group session (Discord, Matrix) moves on after the first right answer, so a question is not held
/// up by members who are not playing, or when the starter or a moderator says <c>/quiz next</c>.
/// All members are methods under one lock, because members answer concurrently.
/// </remarks>
public sealed class QuizSession
{
    /// <summary>The longest <see cref="Id"/> a store must keep.</summary>
    public const int IdLength = 16;

    private readonly Lock gate = new();
    private readonly Dictionary<string, Player> players = new(StringComparer.Ordinal);
    private readonly HashSet<string> answeredCurrent = new(StringComparer.Ordinal);

    public QuizSession(string channelId, string starterId, string title, bool solo, IReadOnlyList<QuizQuestion> questions, DateTimeOffset startedAt)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentOutOfRangeException.ThrowIfZero(questions.Count);
        ChannelId = channelId;
        StarterId = starterId;
        Title = title;
        Solo = solo;
        Questions = questions;
        StartedAt = startedAt;
        LastActivity = startedAt;
        Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
    }

    private QuizSession(QuizSessionState state)
        : this(state.ChannelId, state.StarterId, state.Title, state.Solo, state.Questions, state.StartedAt)
    {
        Id = state.Id;
        LastActivity = state.LastActivity;
        RecordId = state.RecordId;
        CurrentIndex = state.CurrentIndex;
        foreach (var player in state.Players)
        {
            players[player.UserId] = new Player(player.Name, player.Joined) { Right = player.Right, Answered = player.Answered, LastRightAt = player.LastRightAt };
        }

        answeredCurrent.UnionWith(state.AnsweredCurrent);
    }

    /// <summary>
    /// Names this quiz among the channel's quizzes: answer buttons carry it, so a button of an earlier quiz never
    /// answers a later one. Random, so instances need not agree on a counter.
    /// </summary>
    public string Id { get; }

    public string ChannelId { get; }

    public string StarterId { get; }

    /// <summary>What the quiz is about: a document's title or "the corpus".</summary>
    public string Title { get; }

    /// <summary>Whether every answer moves the quiz on (one player) rather than the first right one (a group).</summary>
    public bool Solo { get; }

    public IReadOnlyList<QuizQuestion> Questions { get; }

    public DateTimeOffset StartedAt { get; }

    public DateTimeOffset LastActivity { get; private set; }

    /// <summary>The id of the stored session once an <see cref="IQuizRecorder"/> recorded its start; null when none keeps records.</summary>
    public long? RecordId { get; internal set; }

    /// <summary>The current question's position, 0-based; equals the question count once the quiz is over.</summary>
    public int CurrentIndex { get; private set; }

    public bool IsFinished
    {
        get
        {
            lock (gate)
            {
                return CurrentIndex >= Questions.Count;
            }
        }
    }

    /// <summary>Records a member's answer to the current question and moves on when the rules above say so.</summary>
    /// <param name="userId">Who answers.</param>
    /// <param name="userName">Their display name, for the board.</param>
    /// <param name="choice">The chosen index, 0-3.</param>
    /// <param name="question">The question (1-based) the member meant, when known (answer buttons say it).</param>
    /// <param name="now">When.</param>
    public AnswerOutcome Answer(string userId, string userName, int choice, int? question, DateTimeOffset now)
    {
        lock (gate)
        {
            var number = CurrentIndex + 1;
            if (CurrentIndex >= Questions.Count || (question is { } meant && meant != number))
            {
                return new AnswerOutcome(AnswerResult.Closed, number, false);
            }

            if (!answeredCurrent.Add(userId))
            {
                return new AnswerOutcome(AnswerResult.AlreadyAnswered, number, false);
            }

            LastActivity = now;
            if (!players.TryGetValue(userId, out var player))
            {
                player = new Player(userName, players.Count);
                players[userId] = player;
            }

            var right = choice == Questions[CurrentIndex].Answer;
            player.Answered++;
            if (right)
            {
                player.Right++;
                player.LastRightAt = now;
            }

            var advance = Solo || right;
            if (advance)
            {
                MoveOn();
            }

            return new AnswerOutcome(right ? AnswerResult.Right : AnswerResult.Wrong, number, advance);
        }
    }

    /// <summary>Closes question <paramref name="question"/> (1-based) without a right answer (<c>/quiz next</c>), unless it already closed.</summary>
    public bool Skip(int question, DateTimeOffset now)
    {
        lock (gate)
        {
            if (question != CurrentIndex + 1 || CurrentIndex >= Questions.Count)
            {
                return false;
            }

            LastActivity = now;
            MoveOn();
            return true;
        }
    }

    /// <summary>
    /// Players by right answers, then fewer answers given, then who reached their score first; equal right
    /// and answered counts share a rank.
    /// </summary>
    public IReadOnlyList<QuizStanding> Board()
    {
        lock (gate)
        {
            var ordered = players.Values
                .OrderByDescending(p => p.Right)
                .ThenBy(p => p.Answered)
                .ThenBy(p => p.LastRightAt ?? DateTimeOffset.MaxValue)
                .ThenBy(p => p.Joined)
                .ToArray();
            return ordered
                .Select(p => new QuizStanding(1 + ordered.Count(o => o.Right > p.Right || (o.Right == p.Right && o.Answered < p.Answered)), p.Name, p.Right, p.Answered))
                .ToArray();
        }
    }

    /// <summary>Keeps the id of the stored record when this is still quiz <paramref name="quizId"/>; the recorder assigns it after the start.</summary>
    public bool KeepRecord(string quizId, long recordId)
    {
        lock (gate)
        {
            if (quizId != Id || RecordId == recordId)
            {
                return false;
            }

            RecordId = recordId;
            return true;
        }
    }

    /// <summary>Everything the session knows, as plain values a store can keep.</summary>
    public QuizSessionState ToState()
    {
        lock (gate)
        {
            return new QuizSessionState(
                Id,
                ChannelId,
                StarterId,
                Title,
                Solo,
                Questions,
                StartedAt,
                LastActivity,
                RecordId,
                CurrentIndex,
                players.Select(p => new QuizPlayerState(p.Key, p.Value.Name, p.Value.Joined, p.Value.Right, p.Value.Answered, p.Value.LastRightAt)).OrderBy(p => p.Joined).ToArray(),
                answeredCurrent.Order(StringComparer.Ordinal).ToArray());
        }
    }

    /// <summary>The session <paramref name="state"/> describes, as <see cref="ToState"/> left it.</summary>
    public static QuizSession FromState(QuizSessionState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new QuizSession(state);
    }

    /// <summary>Whether nothing happened for <paramref name="timeout"/>, so a new quiz may replace this one.</summary>
    public bool IsIdle(DateTimeOffset now, TimeSpan timeout)
    {
        lock (gate)
        {
            return now - LastActivity > timeout;
        }
    }

    private void MoveOn()
    {
        CurrentIndex++;
        answeredCurrent.Clear();
    }

    private sealed class Player(string name, int joined)
    {
        public string Name { get; } = name;

        public int Joined { get; } = joined;

        public int Right { get; set; }

        public int Answered { get; set; }

        public DateTimeOffset? LastRightAt { get; set; }
    }
}
