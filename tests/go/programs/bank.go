package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	ID      int
	Owner   string
	balance int64
	history []string
}

func (a *Account) Deposit(amt int64) error {
	if amt <= 0 {
		return fmt.Errorf("account %d: invalid deposit %d", a.ID, amt)
	}
	a.balance += amt
	a.history = append(a.history, fmt.Sprintf("+%d", amt))
	return nil
}

func (a *Account) Withdraw(amt int64) error {
	if amt > a.balance {
		return fmt.Errorf("account %d: withdraw %d: %w", a.ID, amt, ErrInsufficient)
	}
	a.balance -= amt
	a.history = append(a.history, fmt.Sprintf("-%d", amt))
	return nil
}

func (a *Account) Balance() int64 { return a.balance }

type Bank struct {
	accounts map[int]*Account
	nextID   int
	log      []string
}

func NewBank() *Bank { return &Bank{accounts: map[int]*Account{}, nextID: 1} }

func (b *Bank) Open(owner string, initial int64) *Account {
	a := &Account{ID: b.nextID, Owner: owner}
	b.nextID++
	b.accounts[a.ID] = a
	if initial > 0 {
		a.Deposit(initial)
	}
	return a
}

func (b *Bank) Transfer(from, to int, amt int64) (err error) {
	defer func() {
		status := "ok"
		if err != nil {
			status = err.Error()
		}
		b.log = append(b.log, fmt.Sprintf("transfer %d->%d %d: %s", from, to, amt, status))
	}()
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %d", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %d", to)
	}
	if err := src.Withdraw(amt); err != nil {
		return err
	}
	return dst.Deposit(amt)
}

func (b *Bank) Total() (t int64) {
	for _, a := range b.accounts {
		t += a.Balance()
	}
	return
}

func main() {
	bank := NewBank()
	alice := bank.Open("alice", 100)
	bob := bank.Open("bob", 50)
	carol := bank.Open("carol", 0)
	fmt.Println(bank.Transfer(alice.ID, bob.ID, 30))
	fmt.Println(bank.Transfer(bob.ID, carol.ID, 100))
	fmt.Println(bank.Transfer(carol.ID, 9, 1))
	fmt.Println(bank.Transfer(bob.ID, carol.ID, 80))
	fmt.Println(carol.Deposit(-5))
	err := alice.Withdraw(1000)
	u, ok := err.(interface{ Unwrap() error })
	fmt.Println(err, ok && u.Unwrap() == ErrInsufficient)
	for id := 1; id < bank.nextID; id++ {
		a := bank.accounts[id]
		fmt.Printf("%d %-6s %5d %v\n", a.ID, a.Owner, a.Balance(), a.history)
	}
	fmt.Println("total", bank.Total())
	for _, l := range bank.log {
		fmt.Println(l)
	}
}
