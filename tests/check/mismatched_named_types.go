package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func main() {
	var indoor Celsius = 21
	var outdoor Fahrenheit = 50
	diff := indoor - outdoor // ERROR "mismatched types Celsius and Fahrenheit"
	fmt.Println(diff)
}
