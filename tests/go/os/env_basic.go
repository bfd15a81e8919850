package main

import (
	"errors"
	"fmt"
	"os"
)

func show(key string) {
	v, ok := os.LookupEnv(key)
	fmt.Printf("%s: %q %v (Getenv %q)\n", key, v, ok, os.Getenv(key))
}

func main() {
	const k = "MINIGO_TEST_ENV_BASIC"
	os.Unsetenv(k)
	show(k)
	fmt.Println("set:", os.Setenv(k, "first"))
	show(k)
	fmt.Println("overwrite:", os.Setenv(k, "second value with spaces"))
	show(k)
	fmt.Println("empty:", os.Setenv(k, ""))
	show(k)
	fmt.Println("unset:", os.Unsetenv(k))
	show(k)
	fmt.Println("unset again:", os.Unsetenv(k))

	// Values may hold '=' and any byte but NUL.
	os.Setenv(k, "a=b=c")
	show(k)
	os.Setenv(k, "héllo\twörld\n")
	show(k)

	// Keys are case-sensitive.
	os.Setenv("MINIGO_case", "lower")
	os.Setenv("MINIGO_CASE", "upper")
	show("MINIGO_case")
	show("MINIGO_CASE")

	// Invalid keys and values.
	for _, kv := range [][2]string{{"", "x"}, {"A=B", "x"}, {"NUL\x00KEY", "x"}, {"GOOD", "bad\x00value"}} {
		err := os.Setenv(kv[0], kv[1])
		var se *os.SyscallError
		fmt.Printf("Setenv(%q, %q): %v", kv[0], kv[1], err)
		if errors.As(err, &se) {
			fmt.Printf(" [syscall %q, err %v]", se.Syscall, se.Err)
		}
		fmt.Println()
	}
	show("")
	show("GOOD")
	v, ok := os.LookupEnv("")
	fmt.Printf("LookupEnv empty: %q %v\n", v, ok)
	os.Unsetenv("MINIGO_case")
	os.Unsetenv("MINIGO_CASE")
	os.Unsetenv(k)
}
