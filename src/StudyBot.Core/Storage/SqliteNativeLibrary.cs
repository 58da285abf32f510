using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace StudyBot.Core.Storage;

/// <summary>
/// Lets Microsoft.Data.Sqlite 10 run on SQLitePCLRaw 2.0.6.
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite 10 asks for SQLitePCLRaw 2.1.x, which this package source does not serve;
/// 2.0.6 is binary compatible for every member it calls except <c>sqlite3_load_extension</c>, so never
/// call <c>LoadExtension</c>. The runtime refuses the lower version unless we resolve the names
/// ourselves. When 2.1.x becomes available, delete this file and reference
/// Microsoft.EntityFrameworkCore.Sqlite directly.
/// </remarks>
internal static class SqliteNativeLibrary
{
    private static readonly string[] RedirectedAssemblies =
    [
        "SQLitePCLRaw.core",
        "SQLitePCLRaw.batteries_v2",
        "SQLitePCLRaw.provider.e_sqlite3",
    ];

    private static int installed;

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "Must run before any SQLite type in this assembly loads.")]
    internal static void Install()
    {
        if (Interlocked.Exchange(ref installed, 1) == 1)
        {
            return;
        }

        AssemblyLoadContext.Default.Resolving += Resolve;
    }

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        if (name.Name is null || Array.IndexOf(RedirectedAssemblies, name.Name) < 0)
        {
            return null;
        }

        var path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
        return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
    }
}
