// strconv parsing/formatting and sort (Sort, Stable, Slice with equal keys, natives) against Go.
package main

import (
	"fmt"
	"sort"
	"strconv"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	fmt.Println(strconv.Itoa(-1234), strconv.Itoa(0), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 2))
	for _, s := range []string{"42", "-17", "+5", "", "12a", "99999999999999999999", "0x1f", "1_000"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	v, err := strconv.ParseInt("0x1_F", 0, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("3.25e2", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("abc", 64)
	fmt.Println(f, err)
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.Quote("hi\n\"x\""), strconv.QuoteRune('☺'))
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err, strconv.FormatBool(false))
	xs := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(xs)
	fmt.Println(xs, sort.SearchInts(xs, 8), sort.IntsAreSorted(xs))
	ss := []string{"pear", "fig", "apple", "kiwi", "banana", "date"}
	sort.Strings(ss)
	fmt.Println(ss)
	words := []string{"ccc", "a", "bb", "dd", "e", "fff", "gg"}
	sort.Sort(byLen(words))
	fmt.Println(words)
	words = []string{"ccc", "a", "bb", "dd", "e", "fff", "gg"}
	sort.Stable(byLen(words))
	fmt.Println(words)
	type p struct {
		name string
		age  int
	}
	people := []p{{"al", 30}, {"bo", 25}, {"cy", 30}, {"di", 25}, {"ed", 40}, {"fi", 30}, {"gu", 25}, {"ha", 30}, {"io", 25}, {"ju", 30}, {"ka", 25}, {"lu", 30}, {"mo", 25}}
	sort.Slice(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
	fs := []float64{2.5, -1, 3}
	sort.Float64s(fs)
	fmt.Println(fs, sort.Search(100, func(i int) bool { return i*i >= 50 }))
}
