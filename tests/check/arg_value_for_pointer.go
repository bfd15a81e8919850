package main

import "fmt"

type account struct{ balance int }

func deposit(a *account, amount int) {
	a.balance += amount
}

func main() {
	acc := account{}
	deposit(acc, 50) // ERROR "cannot use acc \(variable of struct type account\) as \*account value in argument to deposit"
	fmt.Println(acc.balance)
}
