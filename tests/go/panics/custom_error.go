package main

import "fmt"

type InsufficientFunds struct {
	Need, Have int
}

func (e InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %d, have %d", e.Need, e.Have)
}

func withdraw(balance, amt int) int {
	if amt > balance {
		panic(InsufficientFunds{amt, balance})
	}
	return balance - amt
}

func main() {
	b := withdraw(100, 30)
	fmt.Println(b)
	b = withdraw(b, 500)
	fmt.Println(b)
}
