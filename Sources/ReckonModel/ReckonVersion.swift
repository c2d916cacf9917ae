/// reckon's version, in one place: what `reckon --version` prints, what library users can read, and a
/// part of every chart's input hash (a new version renders everything again).
///
/// A [semantic version](https://semver.org): while the major version is 0, a minor release may change
/// the public API; the CHANGELOG says what changed and what is stable.
public enum ReckonVersion {
    /// The version of this build of reckon.
    public static let current = "0.2.0"
}
