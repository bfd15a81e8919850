package main

import "fmt"

type item struct{ price int }

func inventory() map[string]item {
	return map[string]item{"pen": {price: 2}}
}

func main() {
	inventory()["pen"].price = 3 // ERROR "cannot assign to struct field inventory\(\)\[.pen.\].price in map"
	fmt.Println(inventory())
}
