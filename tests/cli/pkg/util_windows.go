package main

// Left out on linux/amd64: the name's _windows suffix.
func greeting(who string) string { return "windows" }
