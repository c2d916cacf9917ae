/*
 * The floor of reckon's start-up in `make bench`: a C program that does nothing, linked with the
 * libraries reckon draws with (Cairo, Pango and what they pull in), so its time is what loading them
 * costs before any of reckon's own code runs.
 */
int main(void) { return 0; }
