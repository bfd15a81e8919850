//go:build ignore

// Left out: a //go:build line that does not hold.
package main

func main() {}
