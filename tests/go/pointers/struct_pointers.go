package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func deposit(a *Account, amt int) { a.Balance += amt }
func depositVal(a Account, amt int) Account {
	a.Balance += amt
	return a
}

func richest(accts []*Account) *Account {
	var best *Account
	for _, a := range accts {
		if best == nil || a.Balance > best.Balance {
			best = a
		}
	}
	return best
}

func main() {
	a := &Account{"ann", 10}
	b := &Account{Owner: "bob"}
	deposit(a, 5)
	deposit(b, 50)
	c := depositVal(*a, 1000)
	fmt.Println(*a, *b, c)
	r := richest([]*Account{a, b})
	r.Balance -= 1
	fmt.Println(b.Balance, r == b)
	fmt.Println(richest(nil) == nil)
	lit := &[]int{1, 2}
	(*lit)[0] = 5
	fmt.Println(*lit)
	mp := &map[string]int{"a": 1}
	(*mp)["b"] = 2
	fmt.Println(len(*mp))
	pa := &a.Balance
	*pa = 0
	fmt.Println(a.Balance)
	type Tree struct {
		L, R *Tree
		V    int
	}
	t := &Tree{V: 1, L: &Tree{V: 2}, R: &Tree{V: 3, L: &Tree{V: 4}}}
	fmt.Println(t.R.L.V, t.L.L == nil)
}
