package main

import "fmt"

func main() {
	users := []string{"ann", "bob"}
	delete(users, 0) // ERROR "invalid argument: users \(variable of type \[\]string\) is not a map"
	fmt.Println(users)
}
