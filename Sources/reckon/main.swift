// The reckon command line: argument parsing, output and the allocator's policy (see `Allocator`); the
// work is done by the libraries.
Allocator.keepLargeBlocks()
Reckon.main()
