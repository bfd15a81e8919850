package main

func kind(v any) string {
	switch t = v.(type) {
	case int:
		return "int"
	}
	return "other"
}

func main() {
	println(kind(1))
}
