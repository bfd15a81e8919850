package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Item struct {
	value    string
	priority int
	index    int
}

type PriorityQueue []*Item

func (pq PriorityQueue) Len() int { return len(pq) }

func (pq PriorityQueue) Less(i, j int) bool {
	if pq[i].priority != pq[j].priority {
		return pq[i].priority > pq[j].priority
	}
	return pq[i].value < pq[j].value
}

func (pq PriorityQueue) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}

func (pq *PriorityQueue) Push(x any) {
	n := len(*pq)
	item := x.(*Item)
	item.index = n
	*pq = append(*pq, item)
}

func (pq *PriorityQueue) Pop() any {
	old := *pq
	n := len(old)
	item := old[n-1]
	old[n-1] = nil
	item.index = -1
	*pq = old[0 : n-1]
	return item
}

func (pq *PriorityQueue) update(item *Item, value string, priority int) {
	item.value = value
	item.priority = priority
	heap.Fix(pq, item.index)
}

func (pq PriorityQueue) dump() string {
	var parts []string
	for i, it := range pq {
		parts = append(parts, fmt.Sprintf("%d:%s/%d@%d", i, it.value, it.priority, it.index))
	}
	return strings.Join(parts, " ")
}

func valid(pq PriorityQueue) bool {
	for i := 1; i < len(pq); i++ {
		if pq.Less(i, (i-1)/2) {
			return false
		}
	}
	return true
}

func main() {
	items := map[string]int{"banana": 3, "apple": 2, "pear": 4}
	names := []string{"banana", "apple", "pear"}
	pq := make(PriorityQueue, len(items))
	for i, name := range names {
		pq[i] = &Item{value: name, priority: items[name], index: i}
	}
	heap.Init(&pq)
	fmt.Println("after init:", pq.dump(), valid(pq))

	orange := &Item{value: "orange", priority: 1}
	heap.Push(&pq, orange)
	fmt.Println("after push:", pq.dump(), valid(pq))
	pq.update(orange, orange.value, 5)
	fmt.Println("after update:", pq.dump(), valid(pq))

	for i := 0; i < 10; i++ {
		heap.Push(&pq, &Item{value: fmt.Sprintf("x%02d", i), priority: (i * 7) % 11})
		if !valid(pq) {
			fmt.Println("invalid after push", i)
		}
	}
	fmt.Println("len:", pq.Len())

	// Remove a middle element.
	target := pq[4]
	got := heap.Remove(&pq, target.index).(*Item)
	fmt.Println("removed:", got.value, got.priority, got.index, valid(pq))

	// Fix after changing priority downwards.
	pq[0].priority = -5
	heap.Fix(&pq, 0)
	fmt.Println("fixed root down:", valid(pq))

	// Remove the last element.
	last := heap.Remove(&pq, pq.Len()-1).(*Item)
	fmt.Println("removed last:", last.value, valid(pq))

	for pq.Len() > 0 {
		item := heap.Pop(&pq).(*Item)
		fmt.Printf("%.2d:%s ", item.priority, item.value)
	}
	fmt.Println()
	fmt.Println("index of popped orange:", orange.index)
}
