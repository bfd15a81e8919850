package main

func main() {
	var v interface{} = 1
	switch v.(type) {
	case int:
		fallthrough
	case string:
	}
}
