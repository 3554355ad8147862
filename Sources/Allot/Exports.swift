// The core's errors, configurations and formats are AllotInterchange types; a program that imports
// Allot gets them without a second import.
@_exported import AllotInterchange
