package main

import (
	"fmt"
	"os"
	"strings"
)

func dump(label string) {
	env := os.Environ()
	fmt.Printf("%s (%d): %s\n", label, len(env), strings.Join(env, " | "))
}

func main() {
	before := len(os.Environ())
	fmt.Println("has some environment:", before >= 0)
	os.Clearenv()
	dump("cleared")
	fmt.Printf("Getenv after Clearenv: %q\n", os.Getenv("PATH"))

	os.Setenv("B", "2")
	os.Setenv("A", "1")
	os.Setenv("C", "3")
	dump("three")
	os.Setenv("A", "one")
	dump("A replaced in place")
	os.Unsetenv("B")
	dump("B unset")
	os.Setenv("B", "again")
	dump("B appended")
	os.Setenv("EMPTY", "")
	dump("empty value")
	v, ok := os.LookupEnv("EMPTY")
	fmt.Printf("EMPTY: %q %v\n", v, ok)

	// Environ returns a copy.
	env := os.Environ()
	env[0] = "CHANGED=yes"
	dump("after changing the copy")

	for _, e := range os.Environ() {
		k, val, _ := strings.Cut(e, "=")
		fmt.Printf("%s -> %q\n", k, val)
	}
	os.Clearenv()
	dump("cleared again")
}
