package main

import "fmt"

type Weekday uint8

const (
	Sunday Weekday = iota * 100
	Monday
	Tuesday
	Wednesday // ERROR "overflows"
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Wednesday)
}
