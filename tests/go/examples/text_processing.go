package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func caesar(s string, shift int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(shift)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(shift)+26)%26
		}
		return r
	}, s)
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func sortedRunes(s string) string {
	rs := []rune(s)
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	return string(rs)
}

func wordFreq(text string) []string {
	counts := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	}) {
		counts[w]++
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	out := []string{}
	for _, w := range words[:min(5, len(words))] {
		out = append(out, fmt.Sprintf("%s=%d", w, counts[w]))
	}
	return out
}

func runLength(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		fmt.Fprintf(&b, "%d%c", j-i, rs[i])
		i = j
	}
	return b.String()
}

func main() {
	msg := "Hello, World! xyz"
	enc := caesar(msg, 3)
	fmt.Println(enc, "|", caesar(enc, -3))
	for _, s := range []string{"A man, a plan, a canal: Panama", "racecar", "Go gopher", "", "Été"} {
		fmt.Printf("%-32q %t\n", s, isPalindrome(s))
	}
	groups := map[string][]string{}
	for _, w := range strings.Fields("listen silent enlist google inlets banana tinsel") {
		k := sortedRunes(w)
		groups[k] = append(groups[k], w)
	}
	fmt.Println(groups)
	text := `It was the best of times, it was the worst of times, it was the age
of wisdom, it was the age of foolishness; the world's end wasn't near.`
	fmt.Println(wordFreq(text))
	fmt.Println(runLength("aaabccddddé"), runLength(""), runLength("xyz"))
	title := []string{}
	for _, w := range strings.Fields("the go programming language") {
		title = append(title, strings.ToUpper(w[:1])+w[1:])
	}
	fmt.Println(strings.Join(title, " "))
	vowels := strings.Count("programming language", "a") + strings.Count("programming language", "e")
	fmt.Println("a+e:", vowels, strings.LastIndexByte("banana", 'n'), strings.IndexAny("golang", "aeiou"))
	fmt.Println(strings.Title("x") == "X", strings.ToTitle("loud"), strings.ContainsFunc("abc1", unicode.IsDigit))
}
