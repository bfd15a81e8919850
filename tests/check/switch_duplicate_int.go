package main

import "fmt"

func status(code int) string {
	switch code {
	case 200:
		return "OK"
	case 404:
		return "Not Found"
	case 200: // ERROR "duplicate case 200 \(constant of type int\) in expression switch"
		return "Success"
	}
	return "?"
}

func main() {
	fmt.Println(status(200))
}
