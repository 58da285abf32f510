using System.Text.Json.Nodes;
using StudyBot.Discord.Tests.Gateway;

namespace StudyBot.Discord.Tests.FrontDoor;

/// <summary>Interactions as Discord sends them: slash commands with subcommands and options, and component presses.</summary>
public static class InteractionPayloads
{
    /// <summary>Discord's MANAGE_GUILD bit as a member's permissions string.</summary>
    public const string ManageServer = "32";

    /// <summary>A slash command; <paramref name="subcommand"/> wraps the options as Discord nests them.</summary>
    public static JsonObject Command(string id, string name, string? subcommand = null, JsonObject? options = null, bool moderator = false)
    {
        var interaction = GatewayEndToEndTests.Interaction(id, name);
        var values = new JsonArray((options ?? []).Select(o => (JsonNode?)Option(o.Key, o.Value!)).ToArray());
        interaction["data"]!["options"] = subcommand is null ? values : new JsonArray(new JsonObject { ["name"] = subcommand, ["type"] = 1, ["options"] = values });
        if (moderator)
        {
            interaction["member"]!["permissions"] = ManageServer;
        }

        return interaction;
    }

    /// <summary>A press on a component of a message the bot sent earlier.</summary>
    public static JsonObject Press(string id, string customId, int componentType = 2)
    {
        var interaction = GatewayEndToEndTests.Interaction(id, "unused");
        interaction["type"] = 3;
        interaction["data"] = new JsonObject { ["custom_id"] = customId, ["component_type"] = componentType };
        interaction["message"] = new JsonObject { ["id"] = "777777777777777777", ["channel_id"] = "444444444444444444" };
        return interaction;
    }

    /// <summary>The custom ids of the buttons in a message or callback body, in order.</summary>
    public static IReadOnlyList<(string Label, string CustomId)> Buttons(JsonNode message) =>
        (message["components"] as JsonArray ?? [])
            .SelectMany(row => row!["components"]!.AsArray())
            .Select(b => (b!["label"]!.GetValue<string>(), b["custom_id"]!.GetValue<string>()))
            .ToArray();

    // Channels are type 7 and numbers type 10; everything else the tests send is a string (type 3).
    private static JsonObject Option(string name, JsonNode value) => new()
    {
        ["name"] = name,
        ["type"] = name == "channel" ? 7 : value.GetValueKind() == System.Text.Json.JsonValueKind.Number ? 10 : 3,
        ["value"] = value.DeepClone(),
    };
}
