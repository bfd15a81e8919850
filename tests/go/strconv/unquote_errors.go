package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	bad := []string{
		``, `"`, `'`, "`", `a`, `"abc`, `abc"`, `"abc"x`, `"a"b"`, `'ab'`, `'\'`,
		`"\"`, `"\q"`, `"\x"`, `"\x4"`, `"\xg0"`, `"\u12"`, `"\u12345"[:5]`, `"\U0011FFFF"`,
		`"\uD800"`, `"\400"`, `"\08"`, `"\0"`, `"\'"x`, `'\"'x`, "\"new\nline\"", "'\n'",
		`"'`, `'"`, "`unterminated", "`a`b`", `"\z"`, `'aa`, `"\`, `"a\"`, `'\400'`, `'\U00110000'`,
	}
	for _, in := range bad {
		out, err := strconv.Unquote(in)
		fmt.Printf("%-22q -> %q err=%v syntax=%v\n", in, out, err, err == strconv.ErrSyntax)
	}
	// These are fine: a quote of the other kind, escaped or not.
	for _, in := range []string{`"'"`, `'"'`, `"\u00e9\""`, `'\''`} {
		out, err := strconv.Unquote(in)
		fmt.Printf("%-10s -> %q %v\n", in, out, err)
	}
	_, err := strconv.Unquote(`"\q"`)
	fmt.Println(errors.Is(err, strconv.ErrSyntax), err.Error())
}
