package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	mapping := func(name string) string {
		switch name {
		case "NAME":
			return "gopher"
		case "1":
			return "first-arg"
		case "*":
			return "all-args"
		case "HOME":
			return "/home/gopher"
		case "long_name_2":
			return "L2"
		}
		return "<" + name + ">"
	}
	tests := []string{
		"",
		"plain text",
		"$NAME",
		"${NAME}",
		"hello $NAME!",
		"hello ${NAME}!",
		"$NAME$NAME",
		"${NAME}x${NAME}",
		"$1 and $* and ${1}",
		"$$",
		"$",
		"trailing $",
		"${}",
		"${",
		"${NAME",
		"$ space",
		"$-",
		"$long_name_2.txt",
		"${long_name_2}.txt",
		"$HOME/dir/$NAME",
		"a$b$c",
		"${@}",
		"$0",
		"€ $NAME €",
		"${ NAME }",
	}
	for _, s := range tests {
		fmt.Printf("%q -> %q\n", s, os.Expand(s, mapping))
	}

	os.Setenv("MINIGO_EXPAND_A", "alpha")
	os.Setenv("MINIGO_EXPAND_B", "beta")
	os.Unsetenv("MINIGO_EXPAND_NONE")
	for _, s := range []string{
		"$MINIGO_EXPAND_A-$MINIGO_EXPAND_B",
		"${MINIGO_EXPAND_A}${MINIGO_EXPAND_B}",
		"[$MINIGO_EXPAND_NONE]",
		"no variables",
	} {
		fmt.Printf("ExpandEnv(%q) = %q\n", s, os.ExpandEnv(s))
	}
	var calls []string
	os.Expand("$a ${b} $c$a", func(s string) string {
		calls = append(calls, s)
		return ""
	})
	fmt.Println("mapping calls:", strings.Join(calls, ","))
	os.Unsetenv("MINIGO_EXPAND_A")
	os.Unsetenv("MINIGO_EXPAND_B")
}
