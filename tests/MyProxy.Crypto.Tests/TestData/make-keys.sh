#!/bin/sh
# Regenerates the key fixtures (see README.md). Pass phrase of every encrypted key: fixture-pass
set -eu
cd "$(dirname "$0")"
P=pass:fixture-pass
openssl genrsa -traditional -out rsa-pkcs1.pem 2048
openssl pkcs8 -topk8 -nocrypt -in rsa-pkcs1.pem -out rsa-pkcs8.pem
openssl pkcs8 -topk8 -v2 aes-256-cbc -in rsa-pkcs1.pem -passout $P -out rsa-pkcs8-aes256.pem
openssl pkcs8 -topk8 -v1 PBE-SHA1-3DES -in rsa-pkcs1.pem -passout $P -out rsa-pkcs8-pbe-sha1-3des.pem
openssl pkcs8 -topk8 -v1 PBE-MD5-DES -provider legacy -provider default -in rsa-pkcs1.pem -passout $P -out rsa-pkcs8-pbe-md5-des.pem
openssl rsa -traditional -aes256 -in rsa-pkcs1.pem -passout $P -out rsa-legacy-aes256.pem
openssl rsa -traditional -aes192 -in rsa-pkcs1.pem -passout $P -out rsa-legacy-aes192.pem
openssl rsa -traditional -aes128 -in rsa-pkcs1.pem -passout $P -out rsa-legacy-aes128.pem
openssl rsa -traditional -des3 -in rsa-pkcs1.pem -passout $P -out rsa-legacy-des3.pem
openssl rsa -traditional -camellia128 -in rsa-pkcs1.pem -passout $P -out rsa-legacy-camellia128.pem
openssl ecparam -name prime256v1 -genkey -noout -out ec-p256-sec1.pem
openssl pkcs8 -topk8 -nocrypt -in ec-p256-sec1.pem -out ec-p256-pkcs8.pem
openssl pkcs8 -topk8 -v2 aes-256-cbc -in ec-p256-sec1.pem -passout $P -out ec-p256-pkcs8-aes256.pem
openssl pkcs8 -topk8 -v1 PBE-SHA1-3DES -in ec-p256-sec1.pem -passout $P -out ec-p256-pkcs8-pbe-sha1-3des.pem
openssl ec -aes128 -in ec-p256-sec1.pem -passout $P -out ec-p256-legacy-aes128.pem
openssl ec -des3 -in ec-p256-sec1.pem -passout $P -out ec-p256-legacy-des3.pem
openssl ecparam -name secp384r1 -genkey -noout -out ec-p384-sec1.pem
openssl ec -aes256 -in ec-p384-sec1.pem -passout $P -out ec-p384-legacy-aes256.pem
openssl genpkey -algorithm ed25519 -out ed25519-pkcs8.pem
