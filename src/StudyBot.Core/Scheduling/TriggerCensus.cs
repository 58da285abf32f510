namespace StudyBot.Core.Scheduling;

/// <summary>How many active schedules with a next event are stored, how many schedule triggers Quartz holds, and how many of those schedules have none.</summary>
public sealed record TriggerCensus(int Schedules, int Triggers, int Untriggered);
