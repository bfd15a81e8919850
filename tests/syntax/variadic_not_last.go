package main

func join(parts ...string, sep string) string {
	return sep
}

func main() {
	_ = join
}
