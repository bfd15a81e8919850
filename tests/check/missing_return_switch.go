package main

import "fmt"

func weekday(d int) string {
	switch d {
	case 0:
		return "Sunday"
	case 6:
		return "Saturday"
	}
} // ERROR "missing return"

func main() {
	fmt.Println(weekday(0))
}
