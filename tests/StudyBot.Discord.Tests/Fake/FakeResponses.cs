using System.Globalization;
using System.Text.Json.Nodes;

namespace StudyBot.Discord.Tests.Fake;

/// <summary>Response bodies shaped as Discord documents them, with every field its OpenAPI description requires.</summary>
public static class FakeResponses
{
    public const string ApplicationId = "111111111111111111";
    public const string BotUserId = "111111111111111111";
    public const string GuildId = "333333333333333333";

    /// <summary>What a new server's @everyone may do: view, send, embed links, attach files, read history.</summary>
    public const string EveryonePermissions = "117760";

    public static JsonObject User(string id, string name) => new()
    {
        ["id"] = id,
        ["username"] = name,
        ["avatar"] = null,
        ["discriminator"] = "0",
        ["public_flags"] = 0,
        ["flags"] = 0,
        ["global_name"] = null,
        ["primary_guild"] = null,
    };

    /// <summary>The bot's own user as <c>GET /users/@me</c> answers: a user with its account settings.</summary>
    public static JsonObject CurrentUser(string id, string name)
    {
        var user = User(id, name);
        user["bot"] = true;
        user["mfa_enabled"] = false;
        user["locale"] = "en-US";
        return user;
    }

    public static JsonObject Application(string verifyKey) => new()
    {
        ["id"] = ApplicationId,
        ["name"] = "StudyBot",
        ["icon"] = null,
        ["description"] = string.Empty,
        ["type"] = null,
        ["verify_key"] = verifyKey,
        ["flags"] = 0,
        ["flags_new"] = "0",
        ["redirect_uris"] = new JsonArray(),
        ["interactions_endpoint_url"] = null,
        ["role_connections_verification_url"] = null,
        ["owner"] = User("222222222222222222", "owner"),
        ["approximate_guild_count"] = 1,
        ["approximate_user_install_count"] = 0,
        ["approximate_user_authorization_count"] = 0,
        ["explicit_content_filter"] = 0,
        ["team"] = null,
        ["eligible_oauth2_scopes"] = new JsonArray(),
    };

    public static JsonObject GatewayBot(string url, int remaining, int maxConcurrency) => new()
    {
        ["url"] = url,
        ["shards"] = 1,
        ["session_start_limit"] = new JsonObject
        {
            ["total"] = 1000,
            ["remaining"] = remaining,
            ["reset_after"] = 86_400_000,
            ["max_concurrency"] = maxConcurrency,
        },
    };

    public static JsonObject Channel(string id, JsonArray overwrites) => new()
    {
        ["id"] = id,
        ["type"] = 0,
        ["flags"] = 0,
        ["guild_id"] = GuildId,
        ["name"] = "reading-circle",
        ["position"] = 0,
        ["permission_overwrites"] = overwrites,
    };

    /// <summary>A permission overwrite: <paramref name="type"/> 0 for a role, 1 for a member.</summary>
    public static JsonObject Overwrite(string id, int type, long allow, long deny) => new()
    {
        ["id"] = id,
        ["type"] = type,
        ["allow"] = allow.ToString(CultureInfo.InvariantCulture),
        ["deny"] = deny.ToString(CultureInfo.InvariantCulture),
    };

    public static JsonObject Role(string id, string permissions) => new()
    {
        ["id"] = id,
        ["name"] = id == GuildId ? "@everyone" : "role-" + id,
        ["permissions"] = permissions,
        ["position"] = id == GuildId ? 0 : 1,
        ["color"] = 0,
        ["colors"] = new JsonObject { ["primary_color"] = 0, ["secondary_color"] = null, ["tertiary_color"] = null },
        ["hoist"] = false,
        ["managed"] = false,
        ["mentionable"] = false,
        ["icon"] = null,
        ["unicode_emoji"] = null,
        ["flags"] = 0,
    };

    public static JsonObject Member(JsonObject user, IEnumerable<string> roles, DateTimeOffset joined) => new()
    {
        ["avatar"] = null,
        ["banner"] = null,
        ["communication_disabled_until"] = null,
        ["flags"] = 0,
        ["joined_at"] = joined.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture),
        ["nick"] = null,
        ["pending"] = false,
        ["premium_since"] = null,
        ["roles"] = new JsonArray(roles.Select(r => (JsonNode?)r).ToArray()),
        ["user"] = user,
        ["mute"] = false,
        ["deaf"] = false,
    };

    public static JsonObject Message(string id, string channelId, JsonObject? request, DateTimeOffset now)
    {
        var embeds = new JsonArray();
        if (request?["embeds"] is JsonArray sent)
        {
            foreach (var embed in sent.OfType<JsonObject>())
            {
                var copy = (JsonObject)embed.DeepClone();
                copy["type"] = "rich";
                // Discord answers every field with its inline flag, false when the request left it out.
                foreach (var field in (copy["fields"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    field["inline"] ??= false;
                }

                embeds.Add(copy);
            }
        }

        var message = new JsonObject
        {
            ["type"] = 0,
            ["content"] = request?["content"]?.GetValue<string>() ?? string.Empty,
            ["mentions"] = new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["attachments"] = new JsonArray(),
            ["embeds"] = embeds,
            ["timestamp"] = now.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture),
            ["edited_timestamp"] = null,
            ["flags"] = request?["flags"]?.GetValue<int>() ?? 0,
            ["components"] = new JsonArray(),
            ["id"] = id,
            ["channel_id"] = channelId,
            ["author"] = User(BotUserId, "StudyBot"),
            ["pinned"] = false,
            ["mention_everyone"] = false,
            ["tts"] = false,
        };
        if (request?["nonce"] is JsonNode nonce)
        {
            message["nonce"] = nonce.DeepClone();
        }

        return message;
    }

    public static JsonArray Commands(JsonArray? request, string? guildId)
    {
        var commands = new JsonArray();
        var next = 500000000000000000L;
        foreach (var command in (request ?? []).OfType<JsonObject>())
        {
            var copy = (JsonObject)command.DeepClone();
            copy["id"] = (next++).ToString(CultureInfo.InvariantCulture);
            copy["application_id"] = ApplicationId;
            copy["version"] = "1";
            copy["type"] ??= 1;
            copy["default_member_permissions"] ??= null;
            if (guildId is not null)
            {
                copy["guild_id"] = guildId;
            }

            commands.Add(copy);
        }

        return commands;
    }

    public static JsonObject Error(int code, string message) => new() { ["code"] = code, ["message"] = message };

    /// <summary>A 400 for a bad request field, with the nested <c>errors</c> Discord adds.</summary>
    public static JsonObject InvalidForm(string field, string code, string message)
    {
        var error = Error(50035, "Invalid Form Body");
        error["errors"] = new JsonObject { [field] = new JsonObject { ["_errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) } };
        return error;
    }

    /// <summary>A server as <c>GET /users/@me/guilds</c> lists it.</summary>
    public static JsonObject PartialGuild(string id) => new()
    {
        ["id"] = id,
        ["name"] = "server-" + id,
        ["icon"] = null,
        ["banner"] = null,
        ["owner"] = false,
        ["permissions"] = EveryonePermissions,
        ["features"] = new JsonArray(),
    };

    public static JsonObject RateLimited(double retryAfter, bool global) => new()
    {
        ["message"] = "You are being rate limited.",
        ["retry_after"] = retryAfter,
        ["global"] = global,
    };

    /// <summary>An INTERACTION_CREATE for the slash command <paramref name="command"/> from a member without permissions in a guild.</summary>
    public static JsonObject Interaction(string id, string command) => new()
    {
        ["id"] = id,
        ["application_id"] = ApplicationId,
        ["type"] = 2,
        ["token"] = "interaction-token-" + id,
        ["version"] = 1,
        ["guild_id"] = "333333333333333333",
        ["channel_id"] = "444444444444444444",
        ["locale"] = "en-US",
        ["app_permissions"] = "2048",
        ["context"] = 0,
        ["data"] = new JsonObject { ["id"] = "600000000000000001", ["name"] = command, ["type"] = 1 },
        ["member"] = new JsonObject
        {
            ["user"] = User("222222222222222222", "reader"),
            ["roles"] = new JsonArray(),
            ["permissions"] = "0",
        },
    };

    /// <summary>
    /// A GUILD_CREATE as the GUILDS intent delivers it: the guild with its roles, emojis, text channels (each with
    /// permission overwrites) and the bot as its only member; about 10 KB, a mid-sized study server.
    /// </summary>
    public static JsonObject GuildCreate(string id, int channels, int roles)
    {
        JsonArray Many(int count, Func<int, JsonNode> one) => new([.. Enumerable.Range(0, count).Select(one)]);
        string Child(int n) => (long.Parse(id, CultureInfo.InvariantCulture) + n + 1).ToString(CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["id"] = id,
            ["name"] = "Reading circle " + id[^4..],
            ["icon"] = null,
            ["description"] = "A study group reading labour history together.",
            ["owner_id"] = "222222222222222222",
            ["afk_channel_id"] = null,
            ["afk_timeout"] = 300,
            ["verification_level"] = 1,
            ["default_message_notifications"] = 1,
            ["explicit_content_filter"] = 2,
            ["features"] = new JsonArray("COMMUNITY", "NEWS"),
            ["mfa_level"] = 0,
            ["system_channel_id"] = Child(roles),
            ["system_channel_flags"] = 0,
            ["preferred_locale"] = "en-US",
            ["premium_tier"] = 0,
            ["nsfw_level"] = 0,
            ["joined_at"] = "2026-01-15T10:00:00.000000+00:00",
            ["large"] = false,
            ["unavailable"] = false,
            ["member_count"] = 42,
            ["roles"] = Many(roles, r => new JsonObject
            {
                ["id"] = r == 0 ? id : Child(r),
                ["name"] = r == 0 ? "@everyone" : "role " + r,
                ["color"] = 3447003,
                ["hoist"] = false,
                ["position"] = r,
                ["permissions"] = r == 0 ? "1071698660929" : "2147483647",
                ["managed"] = false,
                ["mentionable"] = false,
                ["flags"] = 0,
            }),
            ["emojis"] = Many(5, e => new JsonObject { ["id"] = Child(500 + e), ["name"] = "emoji" + e, ["roles"] = new JsonArray(), ["require_colons"] = true, ["managed"] = false, ["animated"] = false, ["available"] = true }),
            ["stickers"] = new JsonArray(),
            ["channels"] = Many(channels, c => new JsonObject
            {
                ["id"] = Child(roles + c),
                ["type"] = 0,
                ["name"] = "reading-" + c,
                ["position"] = c,
                ["parent_id"] = null,
                ["topic"] = "Chapter " + c + " and what it means for us today",
                ["nsfw"] = false,
                ["last_message_id"] = null,
                ["rate_limit_per_user"] = 0,
                ["flags"] = 0,
                ["permission_overwrites"] = new JsonArray(
                    new JsonObject { ["id"] = id, ["type"] = 0, ["allow"] = "0", ["deny"] = "2048" },
                    new JsonObject { ["id"] = Child(1), ["type"] = 0, ["allow"] = "3072", ["deny"] = "0" }),
            }),
            ["threads"] = new JsonArray(),
            ["members"] = new JsonArray(new JsonObject
            {
                ["user"] = User(BotUserId, "StudyBot"),
                ["roles"] = new JsonArray(),
                ["joined_at"] = "2026-01-15T10:00:00.000000+00:00",
                ["deaf"] = false,
                ["mute"] = false,
                ["flags"] = 0,
            }),
            ["voice_states"] = new JsonArray(),
            ["presences"] = new JsonArray(),
            ["stage_instances"] = new JsonArray(),
            ["guild_scheduled_events"] = new JsonArray(),
        };
    }
}
