package main

import "fmt"

func main() {
	handlers := []func(){}
	for i := 0; i < 3; i++ {
		msg := fmt.Sprint("handler ", i) // ERROR "declared and not used: msg"
		handlers = append(handlers, func() {
			fmt.Println(i)
		})
	}
	for _, h := range handlers {
		h()
	}
}
