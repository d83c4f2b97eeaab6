FROM python:3.9

WORKDIR /app

COPY python/hello_world ./hello_world

RUN hello/requirements.txt

EXPOSE 9000

CMD["python", "hello_world/main.py"]
