// The reckon command line: argument parsing and output only; the work is done by ReckonModel.
Reckon.main(ArgumentHoisting.hoisted(Array(CommandLine.arguments.dropFirst())))
