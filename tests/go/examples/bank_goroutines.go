package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrFunds = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	id      int
	balance int
}

type Bank struct {
	accounts []*Account
	mu       sync.Mutex
	failed   int
	log      []string
}

func (b *Bank) Transfer(from, to, amount int) error {
	if from == to {
		return nil
	}
	a, c := b.accounts[from], b.accounts[to]
	// Lock in id order to avoid deadlock.
	first, second := a, c
	if first.id > second.id {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a.balance < amount {
		return fmt.Errorf("transfer %d from %d to %d: %w", amount, from, to, ErrFunds)
	}
	a.balance -= amount
	c.balance += amount
	return nil
}

func (b *Bank) Total() int {
	t := 0
	for _, a := range b.accounts {
		a.mu.Lock()
		t += a.balance
		a.mu.Unlock()
	}
	return t
}

func main() {
	bank := &Bank{}
	for i := range 5 {
		bank.accounts = append(bank.accounts, &Account{id: i, balance: 100})
	}
	fmt.Println("start total:", bank.Total())

	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				from := (g + i) % 5
				to := (g*3 + i*7) % 5
				amount := (i*13 + g) % 40
				if err := bank.Transfer(from, to, amount); err != nil {
					bank.mu.Lock()
					bank.failed++
					if errors.Is(err, ErrFunds) && len(bank.log) < 1000 {
						bank.log = append(bank.log, "funds")
					}
					bank.mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("end total:", bank.Total())
	nonNeg := true
	for _, a := range bank.accounts {
		if a.balance < 0 {
			nonNeg = false
		}
	}
	fmt.Println("no negative balances:", nonNeg)
	fmt.Println("failures all funds:", len(bank.log) == bank.failed)

	// A deterministic sequential run gives exact balances.
	seq := &Bank{}
	for i := range 3 {
		seq.accounts = append(seq.accounts, &Account{id: i, balance: 50})
	}
	steps := [][3]int{{0, 1, 30}, {1, 2, 70}, {2, 0, 200}, {0, 2, 20}, {2, 1, 10}}
	for _, s := range steps {
		err := seq.Transfer(s[0], s[1], s[2])
		fmt.Printf("%v err=%v\n", s, err)
	}
	bal := []int{}
	for _, a := range seq.accounts {
		bal = append(bal, a.balance)
	}
	fmt.Println(bal, seq.Total())
	sort.Sort(sort.Reverse(sort.IntSlice(bal)))
	fmt.Println(bal)
}
