FROM python:3.12-slim
WORKDIR /app
COPY python/hello_world/requirements.txt ./hello_world/requirements.txt
RUN pip install --no-cache-dir -r hello_world/requirements.txt
COPY python/hello_world ./hello_world
RUN python hello_world/main.py
