package main

import "fmt"

type account struct{ balance int }

func (a *account) Balance() int { return a.balance }

func (a account) Balance() int { return a.balance } // ERROR "method account.Balance already declared at .*method_duplicate.go:7:19"

func main() {
	a := &account{balance: 3}
	fmt.Println(a.Balance())
}
