package ignored

// The go command ignores files whose names start with _ or .
func broken() { undefined() }
