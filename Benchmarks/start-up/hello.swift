// The yardstick of reckon's start-up in `make bench`: a Swift hello-world, built both with Swift's
// libraries linked dynamically (swiftc's default) and statically (as reckon's release build is).
print("hello")
