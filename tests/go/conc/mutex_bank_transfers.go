// Accounts each with an embedded Mutex; a transfer locks both accounts,
// always the lower id first, so concurrent opposite transfers cannot
// deadlock, and money is neither created nor lost.
package main

import (
	"fmt"
	"sync"
)

type account struct {
	sync.Mutex
	id      int
	balance int
}

func transfer(from, to *account, amount int) bool {
	first, second := from, to
	if second.id < first.id {
		first, second = second, first
	}
	first.Lock()
	defer first.Unlock()
	second.Lock()
	defer second.Unlock()
	if from.balance < amount {
		return false
	}
	from.balance -= amount
	to.balance += amount
	return true
}

func main() {
	accts := make([]*account, 4)
	for i := range accts {
		accts[i] = &account{id: i, balance: 1000}
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				a, b := accts[(g+i)%4], accts[(g+2*i+1)%4]
				if a != b {
					transfer(a, b, 1+(g*i)%7)
				}
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, a := range accts {
		total += a.balance
	}
	fmt.Println("total after transfers:", total)
	fmt.Println("overdraft refused:", !transfer(accts[0], accts[1], 1<<30))
	fmt.Println("a locked account's TryLock:", func() bool {
		accts[2].Lock()
		defer accts[2].Unlock()
		return accts[2].TryLock()
	}())
}
