package main

func split(s string) (string, string) {
	return s[:1], s[1:]
}

func main() {
	head, tail := split("go") // ERROR "declared and not used: head" "declared and not used: tail"
	x := 3                    // ERROR "declared and not used: x"
	tail = "!"
}
