namespace StudyBot.Core.Quizzes;

/// <summary>What an answer is, so wrong choices can be of the same kind: years with years, names with names.</summary>
public enum AnswerKind
{
    Year,
    Number,

    /// <summary>A name of two or three capitalised words that never occur in lower case: mostly people.</summary>
    Person,

    /// <summary>A single proper name after "in", "from", "to" (or Dutch "in", "uit", "naar"): mostly places.</summary>
    Place,

    /// <summary>A key term of a document.</summary>
    Term,
}
