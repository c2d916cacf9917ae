/// How `reckon serve` runs: where it listens, what it serves, and its limits.
public struct ServeOptions: Sendable {
    /// The address to bind: localhost unless told otherwise.
    public var host = "127.0.0.1"
    /// The port; 0 takes a free one.
    public var port = 8080
    /// The workspace folder.
    public var workspace = "."
    /// How many renders run at once (default: the number of cores).
    public var renders: Int
    /// How many renders may wait for one of them; more are answered 503.
    public var queue = 64
    /// Seconds a request waits for its render before it is answered 503.
    public var renderTimeout = 30.0
    /// Seconds an idle connection (one that sends nothing, or reads nothing) is kept open.
    public var idleTimeout = 30
    /// `max-age` of `Cache-Control`, in seconds: how long caches may answer without asking again.
    public var maxAge = 60
    /// The most bytes of rendered responses kept in memory.
    public var cacheBytes = 128 << 20
    /// For tests only: the id of a chart whose renders never finish, the only way to show what a
    /// chart that hangs costs the others. A debug build of `reckon-serve` takes it from
    /// `RECKON_TEST_HANG_CHART`, as `reckon render`'s worker does; a release build never sets it.
    public var hangChart: String?

    /// The defaults, with `renders` set to `cores`.
    public init(cores: Int) {
        renders = max(1, cores)
    }
}
