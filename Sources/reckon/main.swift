// The reckon command line: argument parsing and output only; the work is done by the libraries.
Allocator.keepLargeBlocks()
Reckon.main()
