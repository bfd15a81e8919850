package main

import (
	"fmt"
	"strconv"
)

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price int // cents
}

type Inventory struct {
	items map[string]*Item
	order []string
}

func (inv *Inventory) Add(sku, name string, qty, price int) {
	if inv.items == nil {
		inv.items = map[string]*Item{}
	}
	if it, ok := inv.items[sku]; ok {
		it.Qty += qty
		return
	}
	inv.items[sku] = &Item{sku, name, qty, price}
	inv.order = append(inv.order, sku)
}

func (inv *Inventory) Remove(sku string, qty int) error {
	it, ok := inv.items[sku]
	switch {
	case !ok:
		return fmt.Errorf("unknown sku %s", sku)
	case it.Qty < qty:
		return fmt.Errorf("only %d of %s left", it.Qty, it.Name)
	}
	it.Qty -= qty
	return nil
}

func money(cents int) string {
	s := strconv.Itoa(cents / 100)
	c := cents % 100
	if c < 10 {
		return "$" + s + ".0" + strconv.Itoa(c)
	}
	return "$" + s + "." + strconv.Itoa(c)
}

func (inv *Inventory) Report() {
	total := 0
	for _, sku := range inv.order {
		it := inv.items[sku]
		value := it.Qty * it.Price
		total += value
		fmt.Printf("%-5s %-10s %4d x %8s = %10s\n", it.SKU, it.Name, it.Qty, money(it.Price), money(value))
	}
	fmt.Printf("%41s\n", "total "+money(total))
}

func main() {
	var inv Inventory
	inv.Add("A1", "widget", 10, 250)
	inv.Add("B2", "gadget", 3, 1999)
	inv.Add("C3", "doohickey", 100, 5)
	inv.Add("A1", "widget", 5, 250)
	for _, r := range []struct {
		sku string
		n   int
	}{{"A1", 4}, {"B2", 5}, {"Z9", 1}, {"C3", 100}} {
		if err := inv.Remove(r.sku, r.n); err != nil {
			fmt.Println("error:", err)
		}
	}
	inv.Report()
}
