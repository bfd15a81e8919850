package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// hexdump writes a classic 16-bytes-per-line dump of data to w.
func hexdump(w io.Writer, data []byte) {
	var line bytes.Buffer
	for off := 0; off < len(data); off += 16 {
		line.Reset()
		end := off + 16
		if end > len(data) {
			end = len(data)
		}
		fmt.Fprintf(&line, "%08x  ", off)
		for i := off; i < off+16; i++ {
			if i < end {
				fmt.Fprintf(&line, "%02x ", data[i])
			} else {
				line.WriteString("   ")
			}
			if i == off+7 {
				line.WriteByte(' ')
			}
		}
		line.WriteString(" |")
		for _, c := range data[off:end] {
			if c >= 32 && c < 127 {
				line.WriteByte(c)
			} else {
				line.WriteByte('.')
			}
		}
		line.WriteString("|\n")
		line.WriteTo(w)
	}
}

// wordFreq counts words (case-folded, punctuation trimmed).
func wordFreq(text []byte) ([][]byte, []int) {
	var words [][]byte
	var counts []int
	for _, f := range bytes.Fields(text) {
		f = bytes.ToLower(bytes.Trim(f, ".,;:!?\"'()"))
		if len(f) == 0 {
			continue
		}
		found := false
		for i, w := range words {
			if bytes.Equal(w, f) {
				counts[i]++
				found = true
				break
			}
		}
		if !found {
			words = append(words, f)
			counts = append(counts, 1)
		}
	}
	return words, counts
}

func main() {
	var out strings.Builder
	hexdump(&out, []byte("Hello, gopher!\x00\x01\x02\xff The quick brown fox."))
	fmt.Print(out.String())

	text := []byte(`The cat sat on the mat. The mat was flat; the cat was fat! "Fat cat," said the rat.`)
	words, counts := wordFreq(text)
	// Sort by count desc, then word asc.
	for i := 1; i < len(words); i++ {
		for j := i; j > 0; j-- {
			if counts[j] > counts[j-1] || counts[j] == counts[j-1] && bytes.Compare(words[j], words[j-1]) < 0 {
				words[j], words[j-1] = words[j-1], words[j]
				counts[j], counts[j-1] = counts[j-1], counts[j]
			} else {
				break
			}
		}
	}
	for i := range words {
		fmt.Printf("%-5s %d\n", words[i], counts[i])
	}

	// Build a CSV line by line, then split it back.
	var csv bytes.Buffer
	rows := [][]string{{"name", "qty"}, {"apple", "3"}, {"pear", "10"}}
	for _, r := range rows {
		for i, c := range r {
			if i > 0 {
				csv.WriteByte(',')
			}
			csv.WriteString(c)
		}
		csv.WriteByte('\n')
	}
	for {
		line, err := csv.ReadBytes('\n')
		if err != nil {
			break
		}
		cells := bytes.Split(bytes.TrimSuffix(line, []byte("\n")), []byte(","))
		fmt.Printf("%q\n", cells)
	}
}
